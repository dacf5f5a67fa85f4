/** Storage, databases, functions and APIs. */
import type { Mapping } from './types';
import { supportingOf } from './types';

const BUCKET_TYPES = ['aws_s3_bucket'];
const DB_SUBNET_GROUP_TYPES = ['aws_db_subnet_group'];
const CLUSTER_TYPES = ['aws_rds_cluster'];

const database: Mapping = (a) => ({
  concept: 'database',
  subnetGroup: a.ref('db_subnet_group_name', DB_SUBNET_GROUP_TYPES),
  groups: a.refs('vpc_security_group_ids'),
  publiclyAccessible: a.bool('publicly_accessible'),
});

/** All four settings on blocks public access; the provider's default for each is false. */
const BLOCK_SETTINGS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
];

export const SERVICES: Record<string, Mapping> = {
  aws_s3_bucket: () => ({ concept: 'bucket' }),
  aws_s3_bucket_public_access_block: (a) => {
    const settings = BLOCK_SETTINGS.map((s) => (a.isSet(s) ? a.bool(s) : false));
    return {
      concept: 'bucket-public-access-block',
      bucket: a.ref('bucket', BUCKET_TYPES),
      blockPublicAccess: settings.includes(undefined) ? undefined : settings.every(Boolean),
    };
  },
  aws_s3_bucket_policy: supportingOf('bucket', BUCKET_TYPES),
  aws_db_instance: database,
  aws_rds_cluster: database,
  // Aurora's instances belong to their cluster, which is the database drawn.
  // Its public access is the cluster's (fold.ts).
  aws_rds_cluster_instance: (a) => ({
    ...supportingOf('cluster_identifier', CLUSTER_TYPES)(a),
    fold: {
      into: 'cluster-access',
      cluster: a.ref('cluster_identifier', CLUSTER_TYPES),
      publiclyAccessible: a.bool('publicly_accessible'),
    },
  }),
  aws_db_subnet_group: (a) => ({ concept: 'db-subnet-group', subnets: a.refs('subnet_ids') }),
  aws_lambda_function: (a) => {
    const vpc = a.block('vpc_config');
    return {
      concept: 'function',
      subnets: vpc?.refs('subnet_ids') ?? [],
      groups: vpc?.refs('security_group_ids') ?? [],
    };
  },
  aws_api_gateway_rest_api: () => ({ concept: 'api', apiType: 'rest' }),
  aws_apigatewayv2_api: (a) => ({
    concept: 'api',
    apiType: a.str('protocol_type')?.toUpperCase() === 'WEBSOCKET' ? 'websocket' : 'http',
  }),
};
