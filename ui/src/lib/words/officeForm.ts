// The settings screen edits the office as text (lists one entry a line, empty meaning the
// app's default); these turn an Office into that form and back.
import { UNSET_OFFICE, type DeadlineRule, type Logo, type Office } from "../../bindings";
import { fromList, listOrNull, textOrNull, toList } from "./text";

export interface OfficeForm {
  pcc_name: string;
  area: string;
  force: string;
  office_name: string;
  address: string;
  telephone: string;
  email: string;
  web: string;
  logo: Logo | null;
  signature: Logo | null;
  statutory_statement: string;
  checklist_items: string;
  addressees: string;
  salutation: string;
  deadline_rule: DeadlineRule;
}

/** An office with nothing filled in, as a first start has it: the core's, in the bindings. */
export { UNSET_OFFICE };

/** An office image as the window shows it: a data URL of its bytes. */
export function imageSrc(image: Logo): string {
  return `data:image/${image.format === "png" ? "png" : "jpeg"};base64,${image.bytes}`;
}

/**
 * The signature's alternative text, as the published response gives it (the core's
 * publish::build): "Signed: " and the PCC's name; while no name is typed, what it is.
 */
export function signatureAlt(pccName: string): string {
  const name = pccName.trim();
  return name ? `Signed: ${name}` : "The PCC's signature";
}

/** True until the office has at least a name, an area and a force (as the core decides). */
export function isUnset(office: Office | null): boolean {
  if (!office) return true;
  return [office.office_name, office.area, office.force].some((s) => s.trim() === "");
}

export function toForm(o: Office): OfficeForm {
  return {
    pcc_name: o.pcc_name,
    area: o.area,
    force: o.force,
    office_name: o.office_name,
    address: fromList(o.address),
    telephone: o.telephone,
    email: o.email,
    web: o.web,
    logo: o.logo,
    signature: o.signature,
    statutory_statement: o.statutory_statement ?? "",
    checklist_items: fromList(o.checklist_items),
    addressees: fromList(o.addressees),
    salutation: o.salutation ?? "",
    deadline_rule: o.deadline_rule,
  };
}

export function toOffice(f: OfficeForm): Office {
  return {
    pcc_name: f.pcc_name.trim(),
    area: f.area.trim(),
    force: f.force.trim(),
    office_name: f.office_name.trim(),
    address: toList(f.address),
    telephone: f.telephone.trim(),
    email: f.email.trim(),
    web: f.web.trim(),
    logo: f.logo,
    signature: f.signature,
    statutory_statement: textOrNull(f.statutory_statement.trim()),
    checklist_items: listOrNull(f.checklist_items),
    addressees: listOrNull(f.addressees),
    salutation: textOrNull(f.salutation.trim()),
    deadline_rule: f.deadline_rule,
  };
}
