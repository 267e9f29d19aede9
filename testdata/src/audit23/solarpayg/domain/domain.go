// Package domain holds the core types of the pay-as-you-go business.
package domain

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"time"
)

// Country is where a customer's system is installed.
type Country string

const (
	Kenya   Country = "KE"
	Nigeria Country = "NG"
	Uganda  Country = "UG"
)

// Currency returns the local currency of the country.
func (c Country) Currency() string {
	switch c {
	case Kenya:
		return "KES"
	case Nigeria:
		return "NGN"
	case Uganda:
		return "UGX"
	}
	return ""
}

// Account is one customer's solar home system contract.
type Account struct {
	ID          string    `db:"id"`
	CustomerID  string    `db:"customer_id"`
	AgentID     string    `db:"agent_id"`
	DeviceID    string    `db:"device_id"`
	Country     Country   `db:"country"`
	MSISDN      string    `db:"msisdn"`
	Email       string    `db:"email"`
	PlanPrice   int64     `db:"plan_price"`
	DailyRate   int64     `db:"daily_rate"`
	PaidTotal   int64     `db:"paid_total"`
	PaidUntil   time.Time `db:"paid_until"`
	Status      string    `db:"status"`
	ActivatedAt time.Time `db:"activated_at"`
}

// Account statuses.
const (
	AccountPendingDeposit = "pending_deposit"
	AccountActive         = "active"
	AccountPaidOff        = "paid_off"
	AccountRepossessed    = "repossessed"
)

// Payment is one installment or deposit received for an account.
type Payment struct {
	ID          string    `db:"id"`
	AccountID   string    `db:"account_id"`
	Rail        string    `db:"rail"`
	Reference   string    `db:"reference"`
	ProviderRef string    `db:"provider_ref"`
	Amount      int64     `db:"amount"`
	Currency    string    `db:"currency"`
	Kind        string    `db:"kind"`
	Status      string    `db:"status"`
	CreatedAt   time.Time `db:"created_at"`
}

// Payment statuses.
const (
	PaymentPending   = "pending"
	PaymentSucceeded = "succeeded"
	PaymentFailed    = "failed"
)

// Payment kinds.
const (
	KindDeposit     = "deposit"
	KindInstallment = "installment"
)

// Commission is what an agent earned on an account's payments.
type Commission struct {
	ID        string    `db:"id"`
	AgentID   string    `db:"agent_id"`
	PaymentID string    `db:"payment_id"`
	Amount    int64     `db:"amount"`
	Currency  string    `db:"currency"`
	Status    string    `db:"status"`
	WeekOf    time.Time `db:"week_of"`
}

// Payout is a weekly transfer of an agent's commissions.
type Payout struct {
	ID        string  `db:"id"`
	AgentID   string  `db:"agent_id"`
	Country   Country `db:"country"`
	MSISDN    string  `db:"msisdn"`
	BankCode  string  `db:"bank_code"`
	AccountNo string  `db:"account_no"`
	Amount    int64   `db:"amount"`
	Status    string  `db:"status"`
	Attempts  int     `db:"attempts"`
	RailRef   string  `db:"rail_ref"`
}

// Payout statuses.
const (
	PayoutPending    = "pending"
	PayoutProcessing = "processing"
	PayoutPaid       = "paid"
	PayoutFailed     = "failed"
)

// Token is an unlock code typed into the device keypad.
type Token struct {
	DeviceID string
	Code     string
	Days     int
	IssuedAt time.Time
}

// DaysFor converts an amount into days of light at the account's rate.
func (a *Account) DaysFor(amount int64) int {
	if a.DailyRate <= 0 {
		return 0
	}
	return int(amount / a.DailyRate)
}

// NewToken derives the keypad code the device firmware expects: an HMAC of the
// device secret over the cumulative days counter, truncated to 9 digits.
func NewToken(deviceID string, deviceSecret []byte, counter uint32, days int) Token {
	var buf [8]byte
	binary.BigEndian.PutUint32(buf[:4], counter)
	binary.BigEndian.PutUint32(buf[4:], uint32(days))
	m := hmac.New(sha256.New, deviceSecret)
	m.Write(buf[:])
	sum := m.Sum(nil)
	n := binary.BigEndian.Uint32(sum[:4]) % 1_000_000_000
	return Token{DeviceID: deviceID, Code: fmt.Sprintf("%09d", n), Days: days, IssuedAt: time.Now()}
}
