package handler_test

// Binders: fasthttp's Args and the fields of a struct a binder fills
// are request reads named by the Peek argument or the field's tag.
var _ = cases.Add(describe, "Binders", "handler/binders")
