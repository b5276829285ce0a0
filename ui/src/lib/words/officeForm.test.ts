import { describe, expect, it } from "vitest";
import type { Office } from "../../bindings";
import { isUnset, toForm, toOffice, UNSET_OFFICE } from "./officeForm";

const norfolk: Office = {
  ...UNSET_OFFICE,
  pcc_name: "Sarah Taylor",
  area: "Norfolk",
  force: "Norfolk Constabulary",
  office_name: "Office of the Police & Crime Commissioner for Norfolk",
  address: ["Jubilee House", "Falconers Chase", "Wymondham", "NR18 0WW"],
  checklist_items: ["Response forwarded to the Chief Constable."],
  deadline_rule: "statutory",
};

describe("office form", () => {
  it("round-trips an office", () => {
    expect(toOffice(toForm(norfolk))).toEqual(norfolk);
    expect(toOffice(toForm(UNSET_OFFICE))).toEqual(UNSET_OFFICE);
  });

  it("reads empty settings as the defaults and trims what is typed", () => {
    const form = toForm(norfolk);
    form.checklist_items = "\n  \n";
    form.salutation = "   ";
    form.statutory_statement = "";
    form.address = "Jubilee House\n\n Wymondham ";
    form.area = " Norfolk ";
    const office = toOffice(form);
    expect(office.checklist_items).toBe(null);
    expect(office.salutation).toBe(null);
    expect(office.statutory_statement).toBe(null);
    expect(office.address).toEqual(["Jubilee House", "Wymondham"]);
    expect(office.area).toBe("Norfolk");
  });

  it("an office without name, area or force is not set up", () => {
    expect(isUnset(null)).toBe(true);
    expect(isUnset(UNSET_OFFICE)).toBe(true);
    expect(isUnset({ ...norfolk, force: " " })).toBe(true);
    expect(isUnset(norfolk)).toBe(false);
  });
});
