// URLs of a project's staff pages; every feature's URL builders in this folder build on projectPath.

/** `/projects/12`: the project's dashboard, and the prefix of every staff page of the project. */
export const projectPath = (projectId: number) => `/projects/${projectId}`;

export const projectEditPath = (projectId: number) => `${projectPath(projectId)}/edit`;

export const membersPath = (projectId: number) => `${projectPath(projectId)}/members`;

/** `/projects`: the list of projects the user works on. */
export const projectsPath = () => '/projects';

export const projectNewPath = () => `${projectsPath()}/new`;

/** Inline validation of the project form's fields. */
export const projectValidatePath = () => `${projectsPath()}/validate`;

export const memberRemovePath = (projectId: number, userId: number) => `${membersPath(projectId)}/${userId}/remove`;
