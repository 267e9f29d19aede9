// Package ent stands for the code entgo.io/ent generates (v0.14.5
// templates: builder/update.tmpl, create.tmpl, setter.tmpl) for the
// Order, User, Subscription, Address and Ledger schemas.
package ent

import (
	"context"
	"time"
)

type Client struct {
	Order        *OrderClient
	User         *UserClient
	Subscription *SubscriptionClient
	Address      *AddressClient
	LedgerEntry  *LedgerEntryClient
}

type Order struct {
	ID     int
	Status string
}

type User struct{ ID int }

type Subscription struct{ ID int }

type Address struct{ ID int }

type LedgerEntry struct{ ID int }

type OrderClient struct{}

func (c *OrderClient) UpdateOneID(id int) *OrderUpdateOne { return &OrderUpdateOne{} }
func (c *OrderClient) UpdateOne(o *Order) *OrderUpdateOne { return &OrderUpdateOne{} }
func (c *OrderClient) Update() *OrderUpdate               { return &OrderUpdate{} }
func (c *OrderClient) Create() *OrderCreate               { return &OrderCreate{} }

type OrderUpdateOne struct{}

func (u *OrderUpdateOne) SetStatus(v string) *OrderUpdateOne             { return u }
func (u *OrderUpdateOne) SetPaidAt(v time.Time) *OrderUpdateOne          { return u }
func (u *OrderUpdateOne) SetNillablePaidAt(v *time.Time) *OrderUpdateOne { return u }
func (u *OrderUpdateOne) ClearPaidAt() *OrderUpdateOne                   { return u }
func (u *OrderUpdateOne) SetShippingAddress(v string) *OrderUpdateOne    { return u }
func (u *OrderUpdateOne) Save(ctx context.Context) (*Order, error)       { return &Order{}, nil }
func (u *OrderUpdateOne) SaveX(ctx context.Context) *Order               { return &Order{} }
func (u *OrderUpdateOne) Exec(ctx context.Context) error                 { return nil }
func (u *OrderUpdateOne) ExecX(ctx context.Context)                      {}

type OrderUpdate struct{}

func (u *OrderUpdate) Where(ps ...func(*Order) bool) *OrderUpdate { return u }
func (u *OrderUpdate) SetStatus(v string) *OrderUpdate            { return u }
func (u *OrderUpdate) Save(ctx context.Context) (int, error)      { return 0, nil }

type OrderCreate struct{}

func (c *OrderCreate) SetStatus(v string) *OrderCreate          { return c }
func (c *OrderCreate) SetTotal(v int64) *OrderCreate            { return c }
func (c *OrderCreate) Save(ctx context.Context) (*Order, error) { return &Order{}, nil }

type UserClient struct{}

func (c *UserClient) UpdateOneID(id int) *UserUpdateOne { return &UserUpdateOne{} }

type UserUpdateOne struct{}

func (u *UserUpdateOne) SetStatus(v string) *UserUpdateOne       { return u }
func (u *UserUpdateOne) SetPlan(v string) *UserUpdateOne         { return u }
func (u *UserUpdateOne) SetVip(v bool) *UserUpdateOne            { return u }
func (u *UserUpdateOne) SetCredits(v int64) *UserUpdateOne       { return u }
func (u *UserUpdateOne) AddCredits(v int64) *UserUpdateOne       { return u }
func (u *UserUpdateOne) SetNickname(v string) *UserUpdateOne     { return u }
func (u *UserUpdateOne) Exec(ctx context.Context) error          { return nil }
func (u *UserUpdateOne) Save(ctx context.Context) (*User, error) { return &User{}, nil }

type SubscriptionClient struct{}

func (c *SubscriptionClient) Create() *SubscriptionCreate { return &SubscriptionCreate{} }

type SubscriptionCreate struct{}

func (c *SubscriptionCreate) SetUserID(v int) *SubscriptionCreate             { return c }
func (c *SubscriptionCreate) SetStatus(v string) *SubscriptionCreate          { return c }
func (c *SubscriptionCreate) Save(ctx context.Context) (*Subscription, error) { return nil, nil }

type AddressClient struct{}

func (c *AddressClient) UpdateOneID(id int) *AddressUpdateOne { return &AddressUpdateOne{} }

type AddressUpdateOne struct{}

func (u *AddressUpdateOne) SetStatus(v string) *AddressUpdateOne { return u }
func (u *AddressUpdateOne) SetLine1(v string) *AddressUpdateOne  { return u }
func (u *AddressUpdateOne) Exec(ctx context.Context) error       { return nil }

type LedgerEntryClient struct{}

func (c *LedgerEntryClient) Create() *LedgerEntryCreate { return &LedgerEntryCreate{} }

type LedgerEntryCreate struct{}

func (c *LedgerEntryCreate) SetAmount(v int64) *LedgerEntryCreate           { return c }
func (c *LedgerEntryCreate) Save(ctx context.Context) (*LedgerEntry, error) { return nil, nil }
