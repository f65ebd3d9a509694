export * from './model';
export { entryMessage, renderText } from './text';
export { ReportJson, toReportJson } from './json';
