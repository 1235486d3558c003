import { UsageError, type Command } from '../framework.ts';
import { loadDemo } from '../../demo/index.ts';
import { findProject } from '../../projects/queries.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: '',
  summary: {
    ja: '架空の「A市」のデモプロジェクト（機関・アンケート回答・ヒアリング・支援事例・会議・事例検討・グループワーク・課題表）を新しく作成し、最後の行にプロジェクトIDを表示します。',
    en: 'Create the demo project for the fictional city "A市" (agencies, questionnaire responses, hearings, cases, meetings, case studies, group work, issues table); the last line is the project id.',
  },
  run({ args, io, db }) {
    if (args.length) throw new UsageError(`余分な引数があります: ${args.join(' ')}`);
    const database = db();
    const id = loadDemo(database, { actor: { kind: 'system', label: 'コマンドライン（demo）' } });
    io.out(
      `デモプロジェクト「${findProject(database, id)!.name}」を作成しました。管理者アカウントで /projects/${id} を開いてください。`,
    );
    io.out(String(id));
  },
};
