import { raw } from 'hono/html';
import type { Project } from '../../src/context.ts';
import type { SurveyWindow } from '../../src/projects/queries.ts';
import { reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

import type { Letter } from '../../src/agencies/letterViewModel.ts';
import { SURVEY_PARTS } from '../../src/lib/labels/projects.ts';

const WEEKDAYS = '日月火水木金土';
/** "2024-10-18" → "令和6年10月18日", with "（金）" when asked (the style official letters use). */
function warekiDate(ymd: string, weekday = false): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const day = weekday ? `（${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）` : '';
  return `${reiwa(y)}${m}月${d}日${day}`;
}

function period(w: SurveyWindow): string {
  if (w.opensOn && w.closesOn) return `${warekiDate(w.opensOn, true)} 〜 ${warekiDate(w.closesOn, true)}`;
  if (w.closesOn) return `${warekiDate(w.closesOn, true)}まで`;
  return `${warekiDate(w.opensOn!, true)}から`;
}

function LetterSheet({
  project,
  letter,
  today,
  windows,
}: {
  project: Project;
  letter: Letter;
  today: string;
  windows: SurveyWindow[];
}) {
  const { agency } = letter;
  const sender = project.hostHealthCentre || `${project.municipality} ひきこもり支援ネットワーク事務局`;
  const scheduled = windows.filter((w) => w.opensOn || w.closesOn);
  return (
    <article class="letter" aria-label={`${agency.name} 様への依頼文`}>
      <p class="letter-date">{warekiDate(today)}</p>
      <div class="letter-to">
        <p>{agency.name}</p>
        <p>{agency.contactName ? `${agency.contactName} 様` : 'ご担当者 様'}</p>
      </div>
      <p class="letter-from">{sender}</p>
      <h1 class="letter-title">ひきこもり支援に関する実態調査へのご協力のお願い</h1>
      <p>
        拝啓　時下ますますご清栄のこととお喜び申し上げます。日頃より、ひきこもり支援にご尽力いただき厚く御礼申し上げます。
      </p>
      <p class="indent">
        {`さて、${sender}では、${project.municipality}におけるひきこもり支援機関のネットワークづくり「${project.name}」に取り組んでおります。` +
          `その一環として、${project.municipality}内の支援機関の皆様に、各機関の取組と支援対象者の現状・課題を把握するための実態調査（アンケート・事例提供・ヒアリング）へのご協力をお願いしております。` +
          `調査の結果は、${reiwa(project.fiscalYear)}度のネットワーク会議でご報告し、機関同士の連携を考える材料とさせていただきます。`}
      </p>
      <p class="indent">
        ご多忙のところ誠に恐縮ですが、趣旨をご理解のうえ、下記の貴機関専用ページからご回答くださいますようお願い申し上げます。
      </p>
      <p class="letter-closing">敬具</p>
      <p class="letter-ki">記</p>
      <dl class="letter-items">
        <dt>1　回答方法</dt>
        <dd>
          下記のURLを入力するか、QRコードを読み取って貴機関専用のページを開き、ご回答ください。アカウントの登録やパスワードは不要です。入力内容は途中で保存されます。
          <div class="letter-link">
            <div class="letter-qr" role="img" aria-label="専用ページのQRコード">
              {raw(letter.qrSvg)}
            </div>
            <div>
              <p class="letter-url-label">貴機関専用ページ</p>
              <p class="letter-url">{letter.url}</p>
              <p class="letter-url-label">短いアドレス（入力用）</p>
              {/* the code never breaks across lines: it is read off the paper and typed */}
              <p class="letter-url letter-short-url">
                {letter.shortUrl.slice(0, letter.shortUrl.lastIndexOf('/a/'))}
                <span class="nowrap">{letter.shortUrl.slice(letter.shortUrl.lastIndexOf('/a/'))}</span>
              </p>
              <p class="letter-url-note">
                大文字・小文字は区別しません。ハイフン（-）は省略できます。最後の数字6桁は確認コードです。
              </p>
            </div>
          </div>
        </dd>
        <dt>2　回答期間</dt>
        <dd>
          {scheduled.length === 0 ? (
            '別途ご案内いたします。'
          ) : (
            <ul class="plain">
              {scheduled.map((w) => (
                <li>
                  {SURVEY_PARTS.find((p) => p.part === w.part)!.label}：{period(w)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>3　お願い</dt>
        <dd>
          <ul class="plain">
            <li>・このURLは貴機関専用です。機関外の方と共有しないでください。</li>
            <li>・事例をご提供いただく際は、氏名・住所など個人が特定される情報は記載しないでください。</li>
            <li>
              ・URLを紛失した場合や、他の方に知られた恐れがある場合はご連絡ください。再発行いたします（以前のURLは使えなくなります）。
            </li>
          </ul>
        </dd>
      </dl>
      <p class="letter-closing">以上</p>
      <p class="letter-contact">
        【お問い合わせ先】{sender}
        {project.contactPerson && `　担当：${project.contactPerson}`}
        {project.contactPhone && (
          <>
            <br />
            電話：{project.contactPhone}
          </>
        )}
        {project.contactEmail && (
          <>
            <br />
            メール：{project.contactEmail}
          </>
        )}
      </p>
    </article>
  );
}

export function LettersPage(props: {
  project: Project;
  letters: Letter[];
  today: string;
  windows: SurveyWindow[];
  back: string;
  /** Agencies left out of a bulk print because their link is stopped. */
  skipped?: string[];
}) {
  const { project, letters } = props;
  const title = letters.length === 1 ? `依頼文（${letters[0].agency.name}）` : `依頼文（${letters.length}通）`;
  return (
    <Layout title={title} bare bodyClass="print-letters">
      {/* page size only for this document, so other printouts keep their own */}
      <style>{'@page { size: A4; margin: 15mm 18mm; }'}</style>
      <div class="letter-toolbar no-print">
        <a href={props.back}>← 戻る</a>
        <button type="button" class="primary" data-print>
          印刷する
        </button>
        <span class="muted">
          A4縦・1機関1枚で印刷されます（ブラウザの印刷設定で「ヘッダーとフッター」をオフにしてください）。
        </span>
        {props.skipped && props.skipped.length > 0 && (
          <p class="muted">リンクが停止中のため含めていない機関：{props.skipped.join('、')}</p>
        )}
      </div>
      {letters.length === 0 ? (
        <p class="empty">印刷できる依頼文がありません。支援機関を登録し、専用リンクを発行してください。</p>
      ) : (
        letters.map((letter) => (
          <LetterSheet project={project} letter={letter} today={props.today} windows={props.windows} />
        ))
      )}
    </Layout>
  );
}
