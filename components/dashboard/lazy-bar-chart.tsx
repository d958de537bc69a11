"use client";

import dynamic from "next/dynamic";

/** recharts (~100 kB) loads after the page has shown its figures; the card's table already holds them. */
export const LazyBarChart = dynamic(() => import("./bar-chart").then((module) => module.BarChart), { ssr: false });
