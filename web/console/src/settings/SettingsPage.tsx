export default function SettingsPage(_props: { section: string }) {
  return <p>Settings</p>;
}
