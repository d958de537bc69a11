"use client";

import dynamic from "next/dynamic";

/** FullCalendar (~65 kB) loads after the page: its first load stays light; the frame keeps its place meanwhile. */
export const LazyTrainingCalendar = dynamic(() => import("./training-calendar").then((module) => module.TrainingCalendar), {
  ssr: false,
  loading: () => <div className="min-h-[32rem] rounded-xl bg-white p-3 shadow-sm" aria-busy="true" />,
});
