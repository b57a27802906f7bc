export default function CasePage({ caseId }: { caseId: string }) {
  return <p>{caseId}</p>;
}
