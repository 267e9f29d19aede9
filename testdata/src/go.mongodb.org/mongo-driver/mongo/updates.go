package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
)

// The update operations besides UpdateOne (v1.17.1 signatures).

func (coll *Collection) UpdateByID(ctx context.Context, id interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}

func (coll *Collection) UpdateMany(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}

func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{},
	update interface{}, opts ...*options.FindOneAndUpdateOptions) *SingleResult {
	panic("stub")
}
