// Package retrycond is the payment model's answer to "which failed
// outcomes of a payment call does this retry send round again?".
//
// The retry model (package retry) says what retries a call: a loop, a
// retry library, an in-house helper, a client that retries by itself.
// This package reads the condition of each: it follows the call's results
// (status code, provider error, wrapper outcomes, helper responses)
// through the repeated region to the statements that go round again or
// leave, and reports the non-retryable outcomes (a 4xx other than 408/429,
// a card decline, an invalid request; 409 and 401 only without a stable
// key or a token refresh) that a retry repeats. The retrystatus rule only
// words its findings.
package retrycond
