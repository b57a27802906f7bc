export default function ClientsPage() {
  return <p>Clients</p>;
}
