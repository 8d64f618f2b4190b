import { closeDb } from "./client";
import { migrateDatabase } from "./migrate";

migrateDatabase()
  .then(() => console.log("migrations applied"))
  .finally(() => closeDb());
