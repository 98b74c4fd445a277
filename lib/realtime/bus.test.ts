import { describe, expect, it } from "vitest";
import { InProcessBus } from "./bus";

describe("in-process realtime bus", () => {
  it("delivers to every subscriber of a channel and to no other channel", () => {
    const bus = new InProcessBus();
    const got: string[] = [];
    const off1 = bus.subscribe<string>("a", (m) => got.push(`1:${m}`));
    bus.subscribe<string>("a", (m) => got.push(`2:${m}`));
    bus.subscribe<string>("b", (m) => got.push(`b:${m}`));
    bus.publish("a", "x");
    off1();
    bus.publish("a", "y");
    expect(got).toEqual(["1:x", "2:x", "2:y"]);
    expect(bus.subscribers("a")).toBe(1);
  });

  it("keeps delivering when one listener throws", () => {
    const bus = new InProcessBus();
    const got: number[] = [];
    const err = console.error;
    console.error = () => {};
    bus.subscribe("c", () => {
      throw new Error("broken stream");
    });
    bus.subscribe<number>("c", (m) => got.push(m));
    bus.publish("c", 7);
    console.error = err;
    expect(got).toEqual([7]);
  });
});
