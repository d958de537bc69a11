"use client";

import { useEffect, useRef, useState } from "react";

/** A canvas to draw a signature with a pointer; its PNG data URL goes into a hidden field. */
export function SignaturePad({ name, label, clearLabel }: { name: string; label: string; clearLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [value, setValue] = useState("");

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = "round";
    context.strokeStyle = "#0b3a8c";
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * event.currentTarget.width) / box.width,
      y: ((event.clientY - box.top) * event.currentTarget.height) / box.height,
    };
  };

  return (
    <div className="space-y-1">
      <canvas
        ref={canvas}
        width={480}
        height={140}
        role="img"
        aria-label={label}
        className="w-full max-w-md touch-none rounded border border-slate-300 bg-white"
        onPointerDown={(event) => {
          drawing.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          const { x, y } = point(event);
          const context = event.currentTarget.getContext("2d")!;
          context.beginPath();
          context.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const { x, y } = point(event);
          const context = event.currentTarget.getContext("2d")!;
          context.lineTo(x, y);
          context.stroke();
        }}
        onPointerUp={(event) => {
          drawing.current = false;
          setValue(event.currentTarget.toDataURL("image/png"));
        }}
      />
      <input type="hidden" name={name} value={value} />
      <button
        type="button"
        className="text-sm text-slate-700 underline"
        onClick={() => {
          const element = canvas.current;
          element?.getContext("2d")?.clearRect(0, 0, element.width, element.height);
          setValue("");
        }}
      >
        {clearLabel}
      </button>
    </div>
  );
}
