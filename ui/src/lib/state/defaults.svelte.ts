// The defaults that apply where the office leaves a setting empty, as the core has them,
// fetched once from Rust so that the settings screen and the letter fields show exactly
// what will be printed. The core alone applies them.
import { officeDefaults, type OfficeDefaults } from "../../api";

export const defaults: OfficeDefaults = $state({
  statutory_statement: "",
  checklist_items: [],
  addressees: [],
  salutation: "",
});

let requested = false;

/** Fetches the defaults, once. */
export function loadDefaults(): void {
  if (requested) return;
  requested = true;
  officeDefaults().then(
    (d) => Object.assign(defaults, d),
    () => {
      requested = false;
    },
  );
}
