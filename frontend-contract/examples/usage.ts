// Compiles against the generated types: what a React Native or web team writes.
import type { DossierStatusQuery, DossierStatusQueryVariables, TakeTicketMutationVariables } from "../generated/graphql";

export const lookup: DossierStatusQueryVariables = { code: "SXD-261128-0001", secret: "ABCD2345" };

export function appointmentOf(result: DossierStatusQuery): string | null | undefined {
  return result.dossierStatus.appointmentDate;
}

export const ticket: TakeTicketMutationVariables = {
  input: { centerCode: "BLU", procedureCode: "1.001000", priority: "ELDERLY" },
};
