import { describe, expect, it } from "vitest";
import type { Office } from "../../bindings";
import { imageSrc, isUnset, signatureAlt, toForm, toOffice, UNSET_OFFICE } from "./officeForm";

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

  it("keeps the logo and the signature apart, and removing one keeps the other", () => {
    const logo = { bytes: "bG9nbw==", format: "png", width: 2, height: 1 } as const;
    const signature = { bytes: "c2lnbmVk", format: "jpeg", width: 120, height: 40 } as const;
    const both: Office = { ...exampleshire, logo, signature };
    expect(toOffice(toForm(both))).toEqual(both);
    const form = toForm(both);
    form.signature = null;
    expect(toOffice(form)).toEqual({ ...both, signature: null });
    expect(imageSrc(signature)).toBe("data:image/jpeg;base64,c2lnbmVk");
    expect(imageSrc(logo)).toBe("data:image/png;base64,bG9nbw==");
  });

  it("the signature's alternative text names the PCC, as the published response does", () => {
    expect(signatureAlt(" Alex Morgan ")).toBe("Signed: Alex Morgan");
    expect(signatureAlt("")).toBe("The PCC's signature");
  });

  it("an office without name, area or force is not set up", () => {
    expect(isUnset(null)).toBe(true);
    expect(isUnset(UNSET_OFFICE)).toBe(true);
    expect(isUnset({ ...exampleshire, force: " " })).toBe(true);
    expect(isUnset(exampleshire)).toBe(false);
  });
});
