"use client";

/** Always present, so screen readers announce a message the moment it appears. */
export function ErrorAlert({ message, testId = "auth-error" }: { message?: string; testId?: string }) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className={
        message
          ? "rounded-xl border border-red-700 p-3 text-red-800 dark:border-red-300 dark:text-red-200"
          : ""
      }
    >
      {message}
    </div>
  );
}
