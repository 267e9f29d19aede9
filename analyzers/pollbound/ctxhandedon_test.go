package pollbound

// ContextHandedOn: a function that hands its own context parameter on
// (as it is, or with a value attached) to a poll bounded only by its
// context carries that bound (poll/ctxpropagate.go), in any package and
// through several functions: Watcher.Run → Watcher.follow, a job's
// Handle → Watcher.Run, a goroutine per intent. It is reported at the
// call that hands the outermost function a context which never ends:
// context.Background() in a ticker loop, TODO(), a WithValue of
// Background, a worker's signal.NotifyContext through a function of
// main (a function of main handed Background is judged inside, once).
// Silent: a WithTimeout on the way, a function that gives each payment a
// deadline or an attempt cap of its own, a request's context, a
// shipment followed the same way, and a Background handed to a function
// that polls nothing.
var _ = cases.Add(Analyzer, "ContextHandedOn", "ctxhandedon/...")
