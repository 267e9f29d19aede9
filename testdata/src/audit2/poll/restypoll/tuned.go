package restypoll

import (
	"context"
	"errors"
	"time"

	"github.com/go-resty/resty/v2"
)

// Settings come from the service's YAML config.
type Settings struct {
	PollEvery time.Duration `yaml:"poll_every"`
	GiveUp    time.Duration `yaml:"give_up"`
}

// TunedPoller is the config-driven poller of the payouts team.
type TunedPoller struct {
	inner *Poller
	cfg   Settings
}

// NewTunedPoller takes the interval from configuration.
func NewTunedPoller(rc *resty.Client, cfg Settings) *TunedPoller {
	return &TunedPoller{inner: &Poller{rc: rc}, cfg: cfg}
}

// Wait polls with the configured cadence.
func (t *TunedPoller) Wait(ctx context.Context, id string) (*Txn, error) {
	deadline := time.Now().Add(t.cfg.GiveUp)
	for time.Now().Before(deadline) {
		tx, err := t.inner.fetch(ctx, id)
		if err != nil {
			return nil, err
		}
		if tx.Status != "PENDING" {
			return tx, nil
		}
		time.Sleep(t.cfg.PollEvery)
	}
	return nil, errors.New("gave up")
}

// ExportJob is a report export of the merchant dashboard.
type ExportJob struct {
	ID    string `json:"id"`
	State string `json:"state"`
	URL   string `json:"url"`
}

// WaitExport waits for a CSV export of settlements to be ready.
func WaitExport(ctx context.Context, rc *resty.Client, jobID string) (string, error) {
	for i := 0; i < 120; i++ {
		var job ExportJob
		if _, err := rc.R().SetContext(ctx).SetResult(&job).Get("/api/v3/exports/" + jobID); err != nil {
			return "", err
		}
		if job.State == "done" {
			return job.URL, nil
		}
		if job.State == "error" {
			return "", errors.New("export failed")
		}
		time.Sleep(500 * time.Millisecond)
	}
	return "", errors.New("export timed out")
}
