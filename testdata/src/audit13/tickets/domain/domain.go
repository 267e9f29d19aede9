// Package domain holds the marketplace's core types.
package domain

import (
	"fmt"
	"time"
)

// Provider names the PSP that took an order's money.
type Provider string

const (
	ProviderAdyen    Provider = "adyen"
	ProviderPayPal   Provider = "paypal"
	ProviderRazorpay Provider = "razorpay"
)

// OrderStatus is the lifecycle of a ticket order.
type OrderStatus string

const (
	OrderPending  OrderStatus = "pending"
	OrderPaid     OrderStatus = "paid"
	OrderRefunded OrderStatus = "refunded"
)

// Order is one buyer's purchase of seats for one event.
type Order struct {
	ID          int64
	Ref         string
	EventID     int64
	BuyerEmail  string
	Provider    Provider
	PSPRef      string
	CaptureID   string
	AmountMinor int64
	Currency    string
	Status      OrderStatus
	CreatedAt   time.Time
}

// Listing is a resale offer of tickets a buyer already holds.
type Listing struct {
	ID            int64
	SellerAccount string
	NetMinor      int64
	Currency      string
}

// Major renders an amount in minor units as a decimal string.
func Major(minor int64) string { return fmt.Sprintf("%d.%02d", minor/100, minor%100) }
