// Package resty: payment calls sent with go-resty in retry loops.
package resty

import (
	"errors"
	"time"

	"github.com/go-resty/resty/v2"
)

const base = "https://api.keystone.example/v1"

var errGiveUp = errors.New("payment API unavailable")

type Settlement struct{ Amount int64 }

func isError(client *resty.Client, s Settlement) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := client.R().SetHeader("Idempotency-Key", "s-1").SetBody(s).Post(base + "/settlements")
		if err != nil || resp.IsError() { // want `POST /v1/settlements is retried by a for loop \(line 18\): every non-2xx status is retried, including 400/404/422`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return errGiveUp
}

func only5xx(client *resty.Client, s Settlement) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := client.R().SetHeader("Idempotency-Key", "s-1").SetBody(s).Post(base + "/settlements")
		if err != nil || resp.StatusCode() >= 500 {
			time.Sleep(2 * time.Second)
			continue
		}
		if resp.IsError() {
			return errors.New(resp.Status())
		}
		return nil
	}
	return errGiveUp
}
