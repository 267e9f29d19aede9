package handler_test

// Landing: weak webhook words resolved by what the handler does
// (cls_landing.go).
var _ = cases.Add(describe, "Landing", "handler/landing")

// SDKFed: event handlers handed to an SDK's verifying webhook server
// (cls_sdkfed.go).
var _ = cases.Add(describe, "SDKFed", "handler/sdkfed")
