package pollinterval

// L11CtorInterval: a constant under 2s handed to a constructor that
// stores it as the only wait of a poll of its package is reported where
// it is passed; 5s, a configuration value, a cache's TTL and an interval
// field the package also defaults itself stay silent.
var _ = cases.Add(Analyzer, "L11CtorInterval", "pollinterval/l11/ctorwait/...")
