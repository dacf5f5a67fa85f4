/** EC2 networking: VPCs, subnets, gateways, routes, security groups, network ACLs, instances. */
import type { Route } from '../model';
import type { Field } from './field';
import type { ConceptPart, MapInput, Mapper } from './mapping';
import { oneOf, referrersOfType } from './mapping';
import { NOT_DRAWN } from './messages';
import { groupRuleOf, naclEntryOf } from './rules';

/** Where a route sends its traffic, in the order CloudFormation documents the targets. */
const ROUTE_TARGETS = [
  'GatewayId',
  'NatGatewayId',
  'VpcEndpointId',
  'TransitGatewayId',
  'InstanceId',
  'NetworkInterfaceId',
  'VpcPeeringConnectionId',
  'EgressOnlyInternetGatewayId',
  'CarrierGatewayId',
  'LocalGatewayId',
  'CoreNetworkArn',
];
const ROUTE_DESTINATIONS = [
  'DestinationCidrBlock',
  'DestinationIpv6CidrBlock',
  'DestinationPrefixListId',
];

function route({ props }: MapInput): ConceptPart {
  const routeTable = props.get('RouteTableId').ref();
  const destinationField = ROUTE_DESTINATIONS.map((k) => props.get(k)).find((f) => f.present);
  const destination = destinationField?.text();
  const targetField = ROUTE_TARGETS.map((k) => props.get(k)).find((f) => f.present);
  const target = targetField?.ref();
  // Without its destination a route says nothing about the subnet; it stays part of its table.
  if (destination === undefined)
    return { concept: 'supporting', of: routeTable ? [routeTable] : [] };
  const r: Route = { destination, ...(target ? { target } : {}) };
  return { concept: 'route', routeTable, route: r };
}

function securityGroup({ props }: MapInput): ConceptPart {
  const rules = (field: Field, direction: 'inbound' | 'outbound') =>
    field.items().flatMap((rule) => groupRuleOf(rule, direction) ?? []);
  const egress = props.get('SecurityGroupEgress');
  return {
    concept: 'security-group',
    vpc: props.get('VpcId').ref(),
    inbound: rules(props.get('SecurityGroupIngress'), 'inbound'),
    ...(egress.present ? { outbound: rules(egress, 'outbound') } : {}),
  };
}

function groupRule(direction: 'inbound' | 'outbound'): Mapper {
  return ({ props }) => {
    const groupId = props.get('GroupId');
    return {
      concept: 'security-group-rule',
      group: (groupId.present ? groupId : props.get('GroupName')).ref(),
      direction,
      rule: groupRuleOf(props, direction),
    };
  };
}

function instance({ props }: MapInput): ConceptPart {
  const interfaces = props.get('NetworkInterfaces').items();
  // The primary interface (device 0) decides the subnet and the public address.
  const primary =
    interfaces.find((n) => n.get('DeviceIndex').written() === '0') ?? interfaces.at(0);
  const subnetId = props.get('SubnetId');
  const subnet = subnetId.present ? subnetId.ref() : primary?.get('SubnetId').ref();
  const groups = [
    ...props.get('SecurityGroupIds').refs(),
    ...props.get('SecurityGroups').refs(),
    ...interfaces.flatMap((n) => n.get('GroupSet').refs()),
  ];
  const publicIp = primary?.get('AssociatePublicIpAddress');
  return {
    concept: 'instance',
    subnet,
    groups: [...new Set(groups)],
    ...(publicIp?.present ? { publicIp: publicIp.boolean() } : {}),
  };
}

export const NETWORK_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::EC2::VPC': ({ props }) => ({ concept: 'vpc', cidr: props.get('CidrBlock').text() }),
  'AWS::EC2::Subnet': ({ props }) => {
    const zone = props.get('AvailabilityZone');
    const map = props.get('MapPublicIpOnLaunch');
    return {
      concept: 'subnet',
      vpc: props.get('VpcId').ref(),
      cidr: props.get('CidrBlock').text(),
      az: (zone.present ? zone : props.get('AvailabilityZoneId')).text(),
      ...(map.present ? { mapPublicIpOnLaunch: map.boolean() } : {}),
    };
  },
  'AWS::EC2::InternetGateway': () => ({ concept: 'internet-gateway' }),
  'AWS::EC2::VPCGatewayAttachment': ({ props }) => {
    const gateway = props.get('InternetGatewayId');
    if (!gateway.present) return { concept: 'not-drawn', reason: NOT_DRAWN.vpnGateway };
    return { concept: 'gateway-attachment', gateway: gateway.ref(), vpc: props.get('VpcId').ref() };
  },
  'AWS::EC2::NatGateway': ({ props }) => ({
    concept: 'nat-gateway',
    subnet: props.get('SubnetId').ref(),
    connectivity: oneOf(props.get('ConnectivityType'), ['public', 'private'] as const),
  }),
  'AWS::EC2::RouteTable': ({ props }) => ({
    concept: 'route-table',
    vpc: props.get('VpcId').ref(),
    routes: [],
    subnets: [],
  }),
  'AWS::EC2::Route': route,
  'AWS::EC2::SubnetRouteTableAssociation': ({ props }) => ({
    concept: 'route-table-association',
    routeTable: props.get('RouteTableId').ref(),
    subnet: props.get('SubnetId').ref(),
  }),
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::SecurityGroupIngress': groupRule('inbound'),
  'AWS::EC2::SecurityGroupEgress': groupRule('outbound'),
  'AWS::EC2::NetworkAcl': ({ props }) => ({
    concept: 'network-acl',
    vpc: props.get('VpcId').ref(),
    entries: [],
    subnets: [],
  }),
  'AWS::EC2::NetworkAclEntry': ({ props }) => ({
    concept: 'network-acl-entry',
    acl: props.get('NetworkAclId').ref(),
    entry: naclEntryOf(props),
  }),
  'AWS::EC2::SubnetNetworkAclAssociation': ({ props }) => ({
    concept: 'network-acl-association',
    acl: props.get('NetworkAclId').ref(),
    subnet: props.get('SubnetId').ref(),
  }),
  'AWS::EC2::Instance': instance,
  // An address not given to an instance is a NAT gateway's (through its AllocationId).
  'AWS::EC2::EIP': (input) =>
    input.props.get('InstanceId').present
      ? { concept: 'elastic-ip', instance: input.props.get('InstanceId').ref() }
      : { concept: 'supporting', of: referrersOfType(input, ['AWS::EC2::NatGateway']) },
  'AWS::EC2::EIPAssociation': ({ props }) => ({
    concept: 'elastic-ip',
    instance: props.get('InstanceId').ref(),
  }),
  'AWS::EC2::FlowLog': ({ props }) => ({
    concept: 'flow-log',
    resource: props.get('ResourceId').ref(),
  }),
};
