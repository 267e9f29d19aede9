package fieldinterval

import (
	"time"

	"github.com/go-resty/resty/v2"
)

type settler struct {
	api   *resty.Client
	every time.Duration
	tick  time.Duration
	slow  time.Duration
	Every time.Duration
}

func newSettler(api *resty.Client) *settler {
	return &settler{api: api, every: 1500 * time.Millisecond, tick: time.Second, slow: 5 * time.Second, Every: time.Second}
}

func newQuietSettler(api *resty.Client) settler {
	return settler{api, 1500 * time.Millisecond, time.Second, 5 * time.Second, time.Second}
}

// tune lets the caller pick the tick.
func (s *settler) tune(d time.Duration) { s.tick = d }
