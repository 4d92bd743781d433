/** The two IPC channel names shared by the preload and the main side; nothing else crosses. */
export const IPC_INVOKE = 'worktray:invoke';
export const IPC_EVENT = 'worktray:event';
