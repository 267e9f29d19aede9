// Package models: the rows of a ticketing site paid through Xendit
// invoices.
package models

// Payment records a paid invoice: one row per payment, its amount and the
// invoice it settles. Its model declares no unique column (as the real
// ticketing site's does not): the unique index on invoice_id that the
// duplicate-key and ON CONFLICT callbacks rely on is made by the SQL
// migrations, which only those callbacks' code shows.
type Payment struct {
	ID        string
	Amount    int
	Method    string
	Status    string
	InvoiceID string
	UserID    string
}

// Admission is one ticket of an event, issued to the buyer.
type Admission struct {
	ID        string
	EventID   string
	UserID    string
	PaymentID string
	Scanned   bool
}

// Organiser sells the tickets and is paid out their share.
type Organiser struct {
	ID            string
	BankCode      string
	AccountNumber string
	AccountName   string
}
