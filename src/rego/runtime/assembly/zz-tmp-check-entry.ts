export * from "./index";
export * from "./builtins-strings";
export * from "./builtins-encoding";
