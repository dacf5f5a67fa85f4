/** VPCs, subnets, gateways, routes, network ACLs, instances, Elastic IPs and flow logs. */
import type { Route } from '../../model';
import type { Attrs } from '../attributes';
import { naclEntry } from '../rules';
import type { Mapping } from './types';

/** Route attributes that name where traffic goes, in the order a route is read. */
const ROUTE_TARGETS = [
  'gateway_id',
  'nat_gateway_id',
  'vpc_endpoint_id',
  'transit_gateway_id',
  'network_interface_id',
  'egress_only_gateway_id',
  'vpc_peering_connection_id',
  'local_gateway_id',
  'carrier_gateway_id',
  'core_network_arn',
];

function route(a: Attrs, destinations: readonly string[]): Route | undefined {
  const destination = destinations.map((d) => a.str(d)).find((d) => d !== undefined);
  if (destination === undefined) return undefined;
  for (const name of ROUTE_TARGETS) {
    if (!a.isSet(name)) continue;
    const { ref } = a.mention(name);
    return ref === undefined ? { destination } : { destination, target: ref };
  }
  return { destination };
}

const routeTable: Mapping = (a) => ({
  concept: 'route-table',
  vpc: a.ref('vpc_id') ?? a.ref('default_route_table_id'),
  routes: a.blocks('route').flatMap((r) => route(r, ['cidr_block', 'ipv6_cidr_block']) ?? []),
  subnets: [],
});

const networkAcl: Mapping = (a) => ({
  concept: 'network-acl',
  vpc: a.ref('vpc_id') ?? a.ref('default_network_acl_id'),
  entries: [
    ...a.blocks('ingress').flatMap((b) => naclEntry(b, false) ?? []),
    ...a.blocks('egress').flatMap((b) => naclEntry(b, true) ?? []),
  ],
  subnets: a.refs('subnet_ids'),
});

export const NETWORK: Record<string, Mapping> = {
  aws_vpc: (a) => ({ concept: 'vpc', cidr: a.str('cidr_block') }),
  aws_subnet: (a) => ({
    concept: 'subnet',
    vpc: a.ref('vpc_id'),
    cidr: a.str('cidr_block'),
    az: a.str('availability_zone') ?? a.str('availability_zone_id'),
    mapPublicIpOnLaunch: a.bool('map_public_ip_on_launch'),
  }),
  aws_internet_gateway: (a) => ({ concept: 'internet-gateway', vpc: a.ref('vpc_id') }),
  aws_internet_gateway_attachment: (a) => ({
    concept: 'gateway-attachment',
    gateway: a.ref('internet_gateway_id'),
    vpc: a.ref('vpc_id'),
  }),
  aws_nat_gateway: (a) => {
    const connectivity = a.str('connectivity_type');
    return {
      concept: 'nat-gateway',
      subnet: a.ref('subnet_id'),
      connectivity: connectivity === 'private' ? 'private' : 'public',
    };
  },
  aws_route_table: routeTable,
  // The VPC's main route table, named through `aws_vpc.x.default_route_table_id`.
  aws_default_route_table: routeTable,
  aws_route: (a) => ({
    concept: 'route',
    routeTable: a.ref('route_table_id'),
    route: route(a, [
      'destination_cidr_block',
      'destination_ipv6_cidr_block',
      'destination_prefix_list_id',
    ]) ?? {
      destination: '',
    },
  }),
  aws_route_table_association: (a) => ({
    concept: 'route-table-association',
    routeTable: a.ref('route_table_id'),
    subnet: a.ref('subnet_id'),
  }),
  aws_network_acl: networkAcl,
  // The VPC's default NACL, named through `aws_vpc.x.default_network_acl_id`.
  aws_default_network_acl: networkAcl,
  aws_network_acl_rule: (a) => ({
    concept: 'network-acl-entry',
    acl: a.ref('network_acl_id'),
    entry: naclEntry(a, a.bool('egress') ?? false),
  }),
  aws_network_acl_association: (a) => ({
    concept: 'network-acl-association',
    acl: a.ref('network_acl_id'),
    subnet: a.ref('subnet_id'),
  }),
  aws_instance: (a) => ({
    concept: 'instance',
    subnet: a.ref('subnet_id'),
    groups: [
      ...new Set([
        ...a.refs('vpc_security_group_ids'),
        ...a.refs('security_groups', ['aws_security_group', 'aws_default_security_group']),
      ]),
    ],
    publicIp: a.bool('associate_public_ip_address'),
  }),
  aws_eip: (a) => ({ concept: 'elastic-ip', instance: a.ref('instance') }),
  aws_eip_association: (a) => ({ concept: 'elastic-ip', instance: a.ref('instance_id') }),
  aws_flow_log: (a) => ({ concept: 'flow-log', resource: a.ref('vpc_id') ?? a.ref('subnet_id') }),
};
