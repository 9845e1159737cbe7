"use client";

import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/data/use-hydrated";
import { apiFetch, isApiError } from "@/lib/client/api";
import type { PlaceView } from "@/lib/places/place";
import { MAX_QUERY_LENGTH } from "@/lib/places/place";

// Long enough not to ask on every keystroke of a fast typist, short enough to feel immediate.
const TYPING_PAUSE_MS = 150;

type Search =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; places: PlaceView[] }
  | { status: "failed"; offline: boolean; serverMessage?: string };

/**
 * "Where to?": a combobox (ARIA 1.2, list autocomplete without automatic selection) over the city's sights,
 * stations, hospitals and streets. Arrow keys move through the suggestions, Enter chooses, Escape closes the list
 * (and clears the text when it is closed); a live status says how many were found.
 */
export function DestinationSearch({
  chosen,
  onChoose,
  label,
}: {
  chosen?: PlaceView;
  onChoose: (place: PlaceView) => void;
  /** What the field is for, when it is not "Where to?" (e.g. a place to save). */
  label?: string;
}) {
  const t = useTranslations("parking.destination");
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState(chosen?.name ?? "");
  const [search, setSearch] = useState<Search>({ status: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pending = useRef<AbortController | null>(null);
  // Text typed before the script runs would be reset by React and never searched for (as in ClientForm).
  const hydrated = useHydrated();
  const places = search.status === "done" ? search.places : [];

  // A destination chosen elsewhere (back and forward, a shared link, another language) shows its name here.
  const chosenName = chosen?.name;
  useEffect(() => {
    setText(chosenName ?? "");
    setOpen(false);
  }, [chosenName]);

  const query = text.trim();
  useEffect(() => {
    pending.current?.abort();
    if (query === "" || query === chosenName) {
      setSearch({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setSearch({ status: "searching" });
    const timer = setTimeout(() => {
      apiFetch<{ places: PlaceView[] }>(`/api/places/search?q=${encodeURIComponent(query)}&lang=${locale}`, {
        signal: controller.signal,
      })
        .then(({ data }) => {
          setSearch({ status: "done", places: data.places });
          setActive(-1);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setSearch({
            status: "failed",
            offline: isApiError(error) && error.unreachable,
            serverMessage: isApiError(error) ? error.serverMessage : undefined,
          });
        });
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosenName, locale]);

  const choose = (place: PlaceView) => {
    setText(place.name);
    setOpen(false);
    setActive(-1);
    onChoose(place);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = places.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (open ? (current + step + count) % count : step === 1 ? 0 : count - 1));
    } else if (event.key === "Enter") {
      if (open && active >= 0 && active < count) {
        event.preventDefault();
        choose(places[active]!);
      }
    } else if (event.key === "Escape") {
      if (open) {
        setOpen(false);
        setActive(-1);
      } else {
        setText("");
      }
    }
  };

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && places.length > 0;
  let status = "";
  if (search.status === "searching") status = t("searching");
  else if (search.status === "done") status = t("results", { count: places.length });
  else if (search.status === "failed")
    status = search.offline ? t("offline") : (search.serverMessage ?? t("error"));

  return (
    <div className="relative flex flex-col gap-1" data-testid="destination-search">
      <label htmlFor={`${id}-input`} className="text-lg font-bold">
        {label ?? t("label")}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        disabled={!hydrated}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="touch-target w-full rounded-xl border-2 border-[var(--border)] bg-[var(--card)] px-3 text-lg"
      />
      <p id={hintId} className="text-sm text-[var(--muted)]">
        {t("hint")}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label={label ?? t("label")}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-[1100] mt-1 max-h-[60dvh] overflow-y-auto rounded-xl border border-[var(--border)] bg-[var(--card)] shadow-lg"
      >
        {places.map((place, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the input's (arrows, Enter), as the combobox pattern asks; focus never leaves it
          <div
            key={`${place.kind}:${place.id}`}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            aria-label={t("option", { name: place.name, kind: t(`kind.${place.kind}`) })}
            data-testid="destination-option"
            // Keeps the focus in the input, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(place)}
            className={`flex min-h-12 cursor-pointer flex-wrap items-center gap-x-2 px-3 py-2 ${
              index === active ? "bg-[var(--surface)] outline outline-2 outline-[var(--accent)]" : ""
            }`}
          >
            <span className="font-semibold">{place.name}</span>
            <span className="text-sm text-[var(--muted)]">{t(`kind.${place.kind}`)}</span>
          </div>
        ))}
      </div>
      {/* Said to screen readers as the count changes; shown to everyone when there is nothing to choose. */}
      <p
        role="status"
        className={
          search.status === "failed" || (search.status === "done" && places.length === 0)
            ? "font-semibold"
            : "sr-only"
        }
        data-testid="destination-status"
      >
        {status}
      </p>
    </div>
  );
}
