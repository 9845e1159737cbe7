import { describe, expect, it, vi } from "vitest";
import { applyUpdate, type WorkerLike, watchForUpdate } from "./update-watch";

class FakeWorker extends EventTarget implements WorkerLike {
  state = "installing";
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: string) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  startInstall(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
  }
}

class FakeContainer extends EventTarget {
  constructor(public controller: unknown) {
    super();
  }
}

describe("watchForUpdate", () => {
  it("reports a worker that was already waiting behind the current one", () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const onWaiting = vi.fn();
    watchForUpdate(registration, new FakeContainer({}), onWaiting);
    expect(onWaiting).toHaveBeenCalledWith(registration.waiting);
  });

  it("reports a new version once it has installed, not before", () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForUpdate(registration, new FakeContainer({}), onWaiting);
    const worker = new FakeWorker();
    registration.startInstall(worker);
    expect(onWaiting).not.toHaveBeenCalled();
    worker.moveTo("installed");
    expect(onWaiting).toHaveBeenCalledOnce();
    worker.moveTo("activating");
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it.each([
    ["the first install (nothing controls the page yet)", null, "installed"],
    ["a version that failed to install", {}, "redundant"],
  ])("ignores %s", (_name, controller, finalState) => {
    const registration = new FakeRegistration();
    registration.waiting = controller ? null : new FakeWorker();
    const onWaiting = vi.fn();
    watchForUpdate(registration, new FakeContainer(controller), onWaiting);
    const worker = new FakeWorker();
    registration.startInstall(worker);
    worker.moveTo(finalState);
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it("stops watching when asked", () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    const stop = watchForUpdate(registration, new FakeContainer({}), onWaiting);
    const worker = new FakeWorker();
    registration.startInstall(worker);
    stop();
    worker.moveTo("installed");
    registration.startInstall(new FakeWorker());
    expect(onWaiting).not.toHaveBeenCalled();
  });
});

describe("applyUpdate", () => {
  it("asks the waiting worker to skip waiting and reloads exactly once when it takes control", () => {
    const worker = new FakeWorker();
    const container = new FakeContainer({});
    const reload = vi.fn();
    applyUpdate(worker, container, reload);
    expect(worker.messages).toEqual([{ type: "SKIP_WAITING" }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledOnce();
  });
});
