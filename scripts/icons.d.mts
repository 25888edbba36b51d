// Types for scripts/icons.mjs, so strict TypeScript tests can import it.
export declare function drawColorIcon(size?: number): Buffer;
export declare function drawOutlineIcon(size?: number): Buffer;
