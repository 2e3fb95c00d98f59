/** Text files bundled as strings (webpack `asset/source`). */
declare module '*.tsv' {
  const text: string;
  export default text;
}
declare module '*.txt' {
  const text: string;
  export default text;
}
