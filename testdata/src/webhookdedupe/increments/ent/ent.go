// Package ent stands for an ent client generated into the merchant's
// module (entgo.io generates <Entity>UpdateOne builders with Set<Field>
// and, for numeric fields, Add<Field> setters).
package ent

import "context"

type Client struct {
	Account *AccountClient
}

type Account struct {
	ID      int
	Balance int64
}

type AccountClient struct{}

func (c *AccountClient) UpdateOneID(id int) *AccountUpdateOne { return &AccountUpdateOne{} }

type AccountUpdateOne struct{}

func (u *AccountUpdateOne) AddBalance(v int64) *AccountUpdateOne       { return u }
func (u *AccountUpdateOne) SetBalance(v int64) *AccountUpdateOne       { return u }
func (u *AccountUpdateOne) AddLoginCount(v int) *AccountUpdateOne      { return u }
func (u *AccountUpdateOne) Save(ctx context.Context) (*Account, error) { return &Account{}, nil }
func (u *AccountUpdateOne) Exec(ctx context.Context) error             { return nil }
