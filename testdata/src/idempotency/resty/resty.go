// Package resty: payment writes sent by a resty client that retries, or
// retried around resty.
package resty

import (
	"context"
	"errors"

	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

const base = "https://api.keystone.example/v1"

type Settlement struct {
	Amount int64 `json:"amount"`
}

// --- flagged ---

func retryingClientNoKey(s Settlement) error {
	client := resty.New().SetBaseURL(base).SetRetryCount(3)
	_, err := client.R().SetBody(s).Post("/settlements") // want `POST \S*/settlements is retried by the resty client with SetRetryCount\(3\) \(line 23\) without an idempotency key`
	return err
}

func backoffFreshHeader(client *resty.Client, s Settlement) error {
	return backoff4.Retry(func() error {
		resp, err := client.R().SetHeader("Idempotency-Key", uuid.NewString()).SetBody(s).Post(base + "/settlements") // want `POST /v1/settlements is retried by backoff.Retry \(line 29\) with an idempotency key made anew on every attempt`
		if err != nil {
			return err
		}
		if resp.StatusCode() >= 500 {
			return errors.New("retry")
		}
		return nil
	}, backoff4.NewExponentialBackOff())
}

// --- silent look-alikes ---

func retryingClientWithKey(s Settlement, key string) error {
	client := resty.New().SetRetryCount(3)
	_, err := client.R().SetHeader("Idempotency-Key", key).SetBody(s).Post(base + "/settlements")
	return err
}

func backoffStableHeader(ctx context.Context, client *resty.Client, s Settlement, orderID string) error {
	key := "settle-" + orderID
	return backoff4.Retry(func() error {
		_, err := client.R().SetContext(ctx).SetHeader("Idempotency-Key", key).SetBody(s).Post(base + "/settlements")
		return err
	}, backoff4.NewExponentialBackOff())
}

func plainClientOnce(s Settlement) error {
	_, err := resty.New().R().SetBody(s).Post(base + "/settlements")
	return err
}
