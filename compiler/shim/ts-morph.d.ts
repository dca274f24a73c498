export { ts, Project } from "ts-morph";
