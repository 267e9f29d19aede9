package jobs

import (
	"log/slog"

	"github.com/robfig/cron/v3"
)

// Schedule registers the periodic jobs and returns the started scheduler.
func Schedule(rec *Reconciler, bank *BankPayouts, connect *ConnectTransfers) (*cron.Cron, error) {
	c := cron.New()
	jobs := []struct {
		spec string
		name string
		run  func()
	}{
		{"@every 10m", "reconcile-crypto", rec.Run},
		{"0 6 * * MON", "bank-payouts", bank.Sync},
		{"0 7 * * MON", "connect-transfers", connect.Sync},
	}
	for _, j := range jobs {
		j := j
		if _, err := c.AddFunc(j.spec, func() {
			slog.Info("job start", "job", j.name)
			j.run()
			slog.Info("job done", "job", j.name)
		}); err != nil {
			return nil, err
		}
	}
	c.Start()
	return c, nil
}
