package molliechi

import (
	"context"
	"fmt"
	"net/smtp"

	"gorm.io/gorm"
)

type Wallet struct {
	ID      string
	Balance int64
}

type Payment struct {
	MollieID string `gorm:"primaryKey"`
	OrderID  string
	Status   string
	WalletID string
	Cents    int64
	Email    string
}

type PaymentRepo struct{ db *gorm.DB }

func (r *PaymentRepo) ByMollieID(ctx context.Context, id string) (*Payment, error) {
	var p Payment
	err := r.db.WithContext(ctx).First(&p, "mollie_id = ?", id).Error
	return &p, err
}

func (r *PaymentRepo) SetStatus(ctx context.Context, id, status string) error {
	return r.db.WithContext(ctx).Model(&Payment{}).Where("mollie_id = ?", id).Update("status", status).Error
}

// TopUp adds the payment to the wallet.
func (r *PaymentRepo) TopUp(ctx context.Context, walletID string, cents int64) error {
	var wl Wallet
	if err := r.db.WithContext(ctx).First(&wl, "id = ?", walletID).Error; err != nil {
		return err
	}
	wl.Balance += cents
	return r.db.WithContext(ctx).Save(&wl).Error
}

type Notifier struct {
	SMTPAddr string
	From     string
}

func (n *Notifier) PaymentReceived(to, orderID string) error {
	body := fmt.Sprintf("Subject: Payment received\r\n\r\nWe received your payment for %s.", orderID)
	return smtp.SendMail(n.SMTPAddr, nil, n.From, []string{to}, []byte(body))
}
