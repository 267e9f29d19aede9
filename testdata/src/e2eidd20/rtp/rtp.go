// Package rtp: a request-to-pay client for an instant-payment scheme
// that dedupes an instruction on its end-to-end id (the scheme keeps the
// first payment made for an id and answers it again for a repeat). The
// caller's end-to-end id under X-E2E-Id or EndToEndId, the same on every
// attempt, is the retried write's key (silent). An id made anew per
// attempt (a uuid, the attempt number joined to the reference) and a
// trace id from OpenTelemetry are no key (reported).
package rtp

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
	"go.opentelemetry.io/otel/trace"
)

type Scheme struct {
	rh   *retryablehttp.Client
	hc   *http.Client
	base string
}

func New(base string) *Scheme {
	return &Scheme{rh: retryablehttp.NewClient(), hc: &http.Client{}, base: base}
}

// Instruction is the caller's request to pay; E2EID is made once by the
// caller for the instruction.
type Instruction struct {
	E2EID string
	Ref   string
	Body  []byte
}

// Look-alike: the self-retrying client re-sends the caller's end-to-end
// id on every attempt.
func (s *Scheme) RequestToPay(ctx context.Context, in Instruction) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments", in.Body)
	if err != nil {
		return err
	}
	req.Header.Set("X-E2E-Id", in.E2EID)
	resp, err := s.rh.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Look-alike: a refund retried by retry-go with the end-to-end id the
// caller handed in, the same on every attempt.
func (s *Scheme) Refund(ctx context.Context, paymentID, endToEndRef string) error {
	return retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments/"+paymentID+"/refunds", nil)
		if err != nil {
			return err
		}
		req.Header.Set("EndToEndId", endToEndRef)
		resp, err := s.hc.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, retry.Attempts(4))
}

// Reported: a new end-to-end id (a uuid) on every attempt.
func (s *Scheme) RefundFresh(ctx context.Context, paymentID string) error {
	return retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments/"+paymentID+"/refunds", nil)
		if err != nil {
			return err
		}
		req.Header.Set("X-End-To-End-Id", uuid.NewString())
		resp, err := s.hc.Do(req) // want `POST /rtp/v1/payments/{}/refunds is retried by retry.Do \(line [0-9]+\) without an idempotency key`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, retry.Attempts(4))
}

// Reported: the reference numbered by the attempt is a new id per pass.
func (s *Scheme) RequestNumbered(ctx context.Context, in Instruction) error {
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments", nil)
		if err != nil {
			return err
		}
		req.Header.Set("X-E2E-Id", "E"+in.Ref+strconv.Itoa(attempt))
		resp, err := s.hc.Do(req) // want `POST /rtp/v1/payments is retried by a for loop \(line [0-9]+\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return nil
}

// Reported: the trace id of the request being served (OpenTelemetry)
// names the trace, not the instruction.
func (s *Scheme) RequestTraced(ctx context.Context, in Instruction) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments", in.Body)
	if err != nil {
		return err
	}
	req.Header.Set("X-E2E-Id", trace.SpanFromContext(ctx).SpanContext().TraceID().String())
	resp, err := s.rh.Do(req) // want `POST /rtp/v1/payments is retried by the retryablehttp.Client`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Reported: the same trace id under a trace header.
func (s *Scheme) RequestSpan(ctx context.Context, in Instruction) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/rtp/v1/payments", in.Body)
	if err != nil {
		return err
	}
	req.Header.Set("X-Trace-Id", trace.SpanFromContext(ctx).SpanContext().TraceID().String())
	resp, err := s.rh.Do(req) // want `POST /rtp/v1/payments is retried by the retryablehttp.Client`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
