import { describe, expect, it } from "vitest";
import type { Office } from "../../bindings";
import { isUnset, toForm, toOffice, UNSET_OFFICE } from "./officeForm";

const exampleshire: Office = {
  ...UNSET_OFFICE,
  pcc_name: "Alex Morgan",
  area: "Exampleshire",
  force: "Exampleshire Police",
  office_name: "Office of the Police and Crime Commissioner for Exampleshire",
  address: ["1 Station Road", "Exampleton", "EX1 1AA"],
  checklist_items: ["Response forwarded to the Chief Constable."],
  deadline_rule: "statutory",
};

describe("office form", () => {
  it("round-trips an office", () => {
    expect(toOffice(toForm(exampleshire))).toEqual(exampleshire);
    expect(toOffice(toForm(UNSET_OFFICE))).toEqual(UNSET_OFFICE);
  });

  it("reads empty settings as the defaults and trims what is typed", () => {
    const form = toForm(exampleshire);
    form.checklist_items = "\n  \n";
    form.salutation = "   ";
    form.statutory_statement = "";
    form.address = "1 Station Road\n\n Exampleton ";
    form.area = " Exampleshire ";
    const office = toOffice(form);
    expect(office.checklist_items).toBe(null);
    expect(office.salutation).toBe(null);
    expect(office.statutory_statement).toBe(null);
    expect(office.address).toEqual(["1 Station Road", "Exampleton"]);
    expect(office.area).toBe("Exampleshire");
  });

  it("an office without name, area or force is not set up", () => {
    expect(isUnset(null)).toBe(true);
    expect(isUnset(UNSET_OFFICE)).toBe(true);
    expect(isUnset({ ...exampleshire, force: " " })).toBe(true);
    expect(isUnset(exampleshire)).toBe(false);
  });
});
