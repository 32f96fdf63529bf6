// The npm `workerd` package ships no types; its default export is the absolute path of the binary.
declare module "workerd" {
  const binaryPath: string;
  export default binaryPath;
}
