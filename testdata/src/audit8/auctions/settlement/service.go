// Package settlement books a buyer's payment for a won lot: the ledger,
// the invoice and the buyer's receipt.
package settlement

import (
	"context"
	"fmt"
	"net/smtp"

	"github.com/uptrace/bun"
)

type Service struct {
	db       *bun.DB
	smtpAddr string
	from     string
}

func New(db *bun.DB, smtpAddr string) *Service {
	return &Service{db: db, smtpAddr: smtpAddr, from: "receipts@lotline.example"}
}

type ledgerRow struct {
	InvoiceNo   string
	PaymentRef  string
	AmountMinor int64
	Kind        string
}

// BuyerPaid records the bank transfer and sends the receipt.
func (s *Service) BuyerPaid(ctx context.Context, invoiceNo, paymentRef string, amountMinor int64) error {
	row := &ledgerRow{InvoiceNo: invoiceNo, PaymentRef: paymentRef, AmountMinor: amountMinor, Kind: "bank_transfer"}
	if _, err := s.db.NewInsert().Model(row).Table("ledger_entries").Exec(ctx); err != nil {
		return err
	}
	if _, err := s.db.NewUpdate().Table("invoices").Set("status = ?", "paid").Where("no = ?", invoiceNo).Exec(ctx); err != nil {
		return err
	}
	return s.sendReceipt(invoiceNo, amountMinor)
}

func (s *Service) sendReceipt(invoiceNo string, amountMinor int64) error {
	body := fmt.Sprintf("Subject: Receipt for invoice %s\r\n\r\nThank you, we received %d.%02d EUR.\r\n",
		invoiceNo, amountMinor/100, amountMinor%100)
	return smtp.SendMail(s.smtpAddr, nil, s.from, []string{"buyer+" + invoiceNo + "@lotline.example"}, []byte(body))
}
