// Package options: retry helpers that hand their callback to a retry
// library; the summary takes its bound and wait from the library's
// options (avast/retry-go v4.7.0, sethvargo/go-retry v0.3.0).
package options

import (
	"context"
	"time"

	retrygo "github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	backoffv5 "github.com/cenkalti/backoff/v5"
	goretry "github.com/sethvargo/go-retry"
)

func RetryGoDefaults(f func() error) error { // want RetryGoDefaults:`helper: repeats param 0 by retry.Do; again after error; waits by library policy; growing; bound attempts`
	return retrygo.Do(f)
}

func RetryGoForever(f func() error) error { // want RetryGoForever:`helper: repeats param 0 by retry.Do; again after error; waits by library policy; growing; bound unbounded`
	return retrygo.Do(f, retrygo.Attempts(0))
}

func RetryGoUntilSucceeded(ctx context.Context, f func() error) error { // want RetryGoUntilSucceeded:`helper: repeats param 1 by retry.Do; again after error; waits 2s; bound ctx param 0`
	return retrygo.Do(f, retrygo.UntilSucceeded(), retrygo.Context(ctx), retrygo.Delay(2*time.Second), retrygo.DelayType(retrygo.FixedDelay))
}

func RetryGoBackground(f func() error) error { // want RetryGoBackground:`helper: repeats param 0 by retry.Do; again after error; no wait; bound unbounded`
	return retrygo.Do(f, retrygo.UntilSucceeded(), retrygo.Context(context.Background()), retrygo.Delay(0))
}

func RetryGoTimeout(f func() error) error { // want RetryGoTimeout:`helper: repeats param 0 by retry.Do; again after error; waits by library policy; growing; bound other`
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return retrygo.Do(f, retrygo.UntilSucceeded(), retrygo.Context(ctx))
}

func RetryGoCapped(f func() error) error { // want RetryGoCapped:`helper: repeats param 0 by retry.Do; again after error; waits 500ms; bound attempts`
	return retrygo.Do(f, retrygo.Attempts(5), retrygo.Delay(500*time.Millisecond), retrygo.DelayType(retrygo.FixedDelay))
}

func RetryGoOpts(f func() error, opts ...retrygo.Option) error { // want RetryGoOpts:`helper: repeats param 0 by retry.Do; again after error; wait unknown; bound other`
	return retrygo.Do(f, opts...)
}

func GoRetryConstant(ctx context.Context, f func(context.Context) error) error { // want GoRetryConstant:`helper: repeats param 1 by retry.Do; again after error; waits 1s; bound ctx param 0`
	return goretry.Do(ctx, goretry.NewConstant(time.Second), f)
}

func GoRetryConstantBackground(f func(context.Context) error) error { // want GoRetryConstantBackground:`helper: repeats param 0 by retry.Do; again after error; waits 1s; bound unbounded`
	return goretry.Do(context.Background(), goretry.NewConstant(time.Second), f)
}

func GoRetryCapped(f func(context.Context) error) error { // want GoRetryCapped:`helper: repeats param 0 by retry.Do; again after error; waits by library policy; growing; bound attempts`
	return goretry.Do(context.Background(), goretry.WithMaxRetries(5, goretry.NewFibonacci(time.Second)), f)
}

func GoRetryDuration(f func(context.Context) error) error { // want GoRetryDuration:`helper: repeats param 0 by retry.Do; again after error; waits by library policy; growing; bound deadline`
	return goretry.Do(context.Background(), goretry.WithMaxDuration(time.Minute, goretry.NewExponential(time.Second)), f)
}

func GoRetryShortcut(ctx context.Context, every time.Duration, f func(context.Context) error) error { // want GoRetryShortcut:`helper: repeats param 2 by retry.Constant; again after error; waits param 1; bound ctx param 0`
	return goretry.Constant(ctx, every, f)
}

// GoRetryNoRetries: WithMaxRetries(0, b) stops at once (attempt >= max).
func GoRetryNoRetries(f func(context.Context) error) error { // want GoRetryNoRetries:`helper: repeats param 0 by retry.Do; again after error; waits 1s; bound attempts`
	return goretry.Do(context.Background(), goretry.WithMaxRetries(0, goretry.NewConstant(time.Second)), f)
}

func BackoffDefault(f func() error) error { // want BackoffDefault:`helper: repeats param 0 by backoff.Retry; again after error; waits by library policy; growing; bound deadline`
	return backoff.Retry(f, backoff.NewExponentialBackOff())
}

func BackoffNoElapsed(f func() error) error { // want BackoffNoElapsed:`helper: repeats param 0 by backoff.Retry; again after error; waits by library policy; growing; bound unbounded`
	return backoff.Retry(f, backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(0)))
}

func BackoffConstant(f func() error) error { // want BackoffConstant:`helper: repeats param 0 by backoff.Retry; again after error; waits 2s; bound unbounded`
	return backoff.Retry(f, backoff.NewConstantBackOff(2*time.Second))
}

func BackoffConstantCtx(ctx context.Context, f func() error) error { // want BackoffConstantCtx:`helper: repeats param 1 by backoff.Retry; again after error; waits 2s; bound ctx param 0`
	return backoff.Retry(f, backoff.WithContext(backoff.NewConstantBackOff(2*time.Second), ctx))
}

func BackoffZeroCapped(f func() error) error { // want BackoffZeroCapped:`helper: repeats param 0 by backoff.Retry; again after error; no wait; bound attempts`
	return backoff.Retry(f, backoff.WithMaxRetries(&backoff.ZeroBackOff{}, 3))
}

// BackoffPolicy: a policy from elsewhere may stop.
func BackoffPolicy(f func() error, b backoff.BackOff) error { // want BackoffPolicy:`helper: repeats param 0 by backoff.Retry; again after error; wait unknown; bound other`
	return backoff.Retry(f, b)
}

func BackoffV5(ctx context.Context, f func() (int, error)) (int, error) { // want BackoffV5:`helper: repeats param 1 by backoff.Retry; again after error; waits by library policy; growing; bound ctx param 0\+deadline`
	return backoffv5.Retry(ctx, f)
}

func BackoffV5Forever(f func() (int, error)) (int, error) { // want BackoffV5Forever:`helper: repeats param 0 by backoff.Retry; again after error; waits 1s; bound unbounded`
	return backoffv5.Retry(context.Background(), f, backoffv5.WithBackOff(backoffv5.NewConstantBackOff(time.Second)), backoffv5.WithMaxElapsedTime(0), backoffv5.WithMaxTries(0))
}
