/** Two sockets joined by a connection: the app's mark. Decorative (the link carries the name). */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-brand-600 dark:fill-brand-500" />
      <circle cx="9" cy="16" r="4" fill="none" stroke="white" strokeWidth="2.5" />
      <circle cx="23" cy="16" r="4" fill="none" stroke="white" strokeWidth="2.5" />
      <path d="M13 16h6" stroke="white" strokeWidth="2.5" strokeLinecap="round" strokeDasharray="2 2.5" />
    </svg>
  );
}
