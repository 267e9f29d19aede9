package meter

import (
	"context"
	"fmt"
	"log/slog"

	"audit11/utilities/billing"
)

// StatementSource lists the paperless accounts with a new bill.
type StatementSource interface {
	NewStatements(ctx context.Context, period string) ([]Statement, error)
}

// Statement is a bill ready to be e-mailed.
type Statement struct {
	Account billing.Account
	Bill    billing.Bill
	PDFURL  string
}

// SendEBills e-mails the monthly e-bill to every paperless customer.
func SendEBills(ctx context.Context, src StatementSource, mail billing.Notifier, period string) (sent int, err error) {
	list, err := src.NewStatements(ctx, period)
	if err != nil {
		return 0, err
	}
	for _, s := range list {
		if !s.Account.Paperless || s.Account.Email == "" {
			continue
		}
		body := fmt.Sprintf("Dear %s,\n\nYour bill for %s is ready: %d.%02d %s, due %s.\n%s\n",
			s.Account.Name, period, s.Bill.Total()/100, s.Bill.Total()%100, s.Bill.Currency,
			s.Bill.DueDate.Format("2 January 2006"), s.PDFURL)
		if err := mail.SendEmail(ctx, s.Account.Email, "Your "+period+" bill", body); err != nil {
			slog.Warn("e-bill", "account", s.Account.ID, "err", err)
			continue
		}
		sent++
	}
	return sent, nil
}
