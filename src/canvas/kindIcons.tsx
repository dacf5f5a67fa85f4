/**
 * The official AWS Architecture Icon of each kind. One static import per kind so the
 * bundler ships only these icons; the module names match `KindDef.icon` in the
 * catalogue (kindIcons.test.ts checks that they stay in step).
 */
import type { ComponentType, SVGProps } from 'react';
import type { KindId } from '../domain/kinds/types';
import ArchitectureServiceAWSOrganizations from 'aws-react-icons/icons/ArchitectureServiceAWSOrganizations';
import ArchitectureGroupAWSAccount from 'aws-react-icons/icons/ArchitectureGroupAWSAccount';
import ArchitectureGroupRegion from 'aws-react-icons/icons/ArchitectureGroupRegion';
import ArchitectureGroupVirtualprivatecloudVPC from 'aws-react-icons/icons/ArchitectureGroupVirtualprivatecloudVPC';
import ArchitectureGroupPrivatesubnet from 'aws-react-icons/icons/ArchitectureGroupPrivatesubnet';
import ResourceFirewall from 'aws-react-icons/icons/ResourceFirewall';
import ResourceInternet from 'aws-react-icons/icons/ResourceInternet';
import ResourceAmazonVPCInternetGateway from 'aws-react-icons/icons/ResourceAmazonVPCInternetGateway';
import ResourceAmazonVPCNATGateway from 'aws-react-icons/icons/ResourceAmazonVPCNATGateway';
import ArchitectureServiceAmazonRoute53 from 'aws-react-icons/icons/ArchitectureServiceAmazonRoute53';
import ArchitectureServiceAmazonCloudFront from 'aws-react-icons/icons/ArchitectureServiceAmazonCloudFront';
import ArchitectureServiceAWSGlobalAccelerator from 'aws-react-icons/icons/ArchitectureServiceAWSGlobalAccelerator';
import ResourceElasticLoadBalancingApplicationLoadBalancer from 'aws-react-icons/icons/ResourceElasticLoadBalancingApplicationLoadBalancer';
import ResourceElasticLoadBalancingNetworkLoadBalancer from 'aws-react-icons/icons/ResourceElasticLoadBalancingNetworkLoadBalancer';
import ResourceAmazonVPCNetworkAccessControlList from 'aws-react-icons/icons/ResourceAmazonVPCNetworkAccessControlList';
import ArchitectureServiceAWSNetworkFirewall from 'aws-react-icons/icons/ArchitectureServiceAWSNetworkFirewall';
import ArchitectureServiceAmazonEC2 from 'aws-react-icons/icons/ArchitectureServiceAmazonEC2';
import ArchitectureServiceAWSLambda from 'aws-react-icons/icons/ArchitectureServiceAWSLambda';
import ArchitectureServiceAmazonRDS from 'aws-react-icons/icons/ArchitectureServiceAmazonRDS';
import ArchitectureServiceAmazonSimpleStorageService from 'aws-react-icons/icons/ArchitectureServiceAmazonSimpleStorageService';
import ArchitectureServiceAmazonElasticContainerRegistry from 'aws-react-icons/icons/ArchitectureServiceAmazonElasticContainerRegistry';
import ArchitectureServiceAmazonAPIGateway from 'aws-react-icons/icons/ArchitectureServiceAmazonAPIGateway';
import ArchitectureServiceAWSAppSync from 'aws-react-icons/icons/ArchitectureServiceAWSAppSync';
import ArchitectureServiceAmazonCognito from 'aws-react-icons/icons/ArchitectureServiceAmazonCognito';
import ArchitectureServiceAWSAppRunner from 'aws-react-icons/icons/ArchitectureServiceAWSAppRunner';
import ArchitectureServiceAWSVerifiedAccess from 'aws-react-icons/icons/ArchitectureServiceAWSVerifiedAccess';
import ArchitectureServiceAWSWAF from 'aws-react-icons/icons/ArchitectureServiceAWSWAF';
import ArchitectureServiceAWSShield from 'aws-react-icons/icons/ArchitectureServiceAWSShield';
import ArchitectureServiceAWSFirewallManager from 'aws-react-icons/icons/ArchitectureServiceAWSFirewallManager';
import ResourceAmazonVPCTrafficMirroring from 'aws-react-icons/icons/ResourceAmazonVPCTrafficMirroring';
import ArchitectureServiceAmazonGuardDuty from 'aws-react-icons/icons/ArchitectureServiceAmazonGuardDuty';
import ArchitectureServiceAWSSecurityHub from 'aws-react-icons/icons/ArchitectureServiceAWSSecurityHub';
import ArchitectureServiceAmazonInspector from 'aws-react-icons/icons/ArchitectureServiceAmazonInspector';
import ArchitectureServiceAmazonMacie from 'aws-react-icons/icons/ArchitectureServiceAmazonMacie';
import ArchitectureServiceAmazonDetective from 'aws-react-icons/icons/ArchitectureServiceAmazonDetective';
import ArchitectureServiceAWSConfig from 'aws-react-icons/icons/ArchitectureServiceAWSConfig';
import ArchitectureServiceAWSCloudTrail from 'aws-react-icons/icons/ArchitectureServiceAWSCloudTrail';
import ResourceAmazonVPCFlowLogs from 'aws-react-icons/icons/ResourceAmazonVPCFlowLogs';
import ArchitectureServiceAWSSystemsManager from 'aws-react-icons/icons/ArchitectureServiceAWSSystemsManager';
import ArchitectureServiceAmazonEventBridge from 'aws-react-icons/icons/ArchitectureServiceAmazonEventBridge';
import ArchitectureServiceAmazonSimpleNotificationService from 'aws-react-icons/icons/ArchitectureServiceAmazonSimpleNotificationService';
import ArchitectureServiceAmazonSimpleQueueService from 'aws-react-icons/icons/ArchitectureServiceAmazonSimpleQueueService';
import ArchitectureServiceAmazonCodeGuru from 'aws-react-icons/icons/ArchitectureServiceAmazonCodeGuru';
import ArchitectureServiceAmazonDevOpsGuru from 'aws-react-icons/icons/ArchitectureServiceAmazonDevOpsGuru';
import ArchitectureServiceAWSArtifact from 'aws-react-icons/icons/ArchitectureServiceAWSArtifact';
import ResourceAWSIdentityAccessManagementRole from 'aws-react-icons/icons/ResourceAWSIdentityAccessManagementRole';

export type KindIconComponent = ComponentType<SVGProps<SVGElement> & { size?: number | string }>;

export const KIND_ICONS: Readonly<Record<KindId, KindIconComponent>> = {
  organization: ArchitectureServiceAWSOrganizations,
  account: ArchitectureGroupAWSAccount,
  region: ArchitectureGroupRegion,
  vpc: ArchitectureGroupVirtualprivatecloudVPC,
  subnet: ArchitectureGroupPrivatesubnet,
  'security-group': ResourceFirewall,
  internet: ResourceInternet,
  'internet-gateway': ResourceAmazonVPCInternetGateway,
  'nat-gateway': ResourceAmazonVPCNATGateway,
  route53: ArchitectureServiceAmazonRoute53,
  cloudfront: ArchitectureServiceAmazonCloudFront,
  'global-accelerator': ArchitectureServiceAWSGlobalAccelerator,
  alb: ResourceElasticLoadBalancingApplicationLoadBalancer,
  nlb: ResourceElasticLoadBalancingNetworkLoadBalancer,
  'network-acl': ResourceAmazonVPCNetworkAccessControlList,
  'network-firewall': ArchitectureServiceAWSNetworkFirewall,
  ec2: ArchitectureServiceAmazonEC2,
  lambda: ArchitectureServiceAWSLambda,
  rds: ArchitectureServiceAmazonRDS,
  s3: ArchitectureServiceAmazonSimpleStorageService,
  ecr: ArchitectureServiceAmazonElasticContainerRegistry,
  'api-gateway': ArchitectureServiceAmazonAPIGateway,
  appsync: ArchitectureServiceAWSAppSync,
  'cognito-user-pool': ArchitectureServiceAmazonCognito,
  'app-runner': ArchitectureServiceAWSAppRunner,
  'verified-access': ArchitectureServiceAWSVerifiedAccess,
  waf: ArchitectureServiceAWSWAF,
  shield: ArchitectureServiceAWSShield,
  'firewall-manager': ArchitectureServiceAWSFirewallManager,
  'ids-ips': ResourceAmazonVPCTrafficMirroring,
  guardduty: ArchitectureServiceAmazonGuardDuty,
  'security-hub': ArchitectureServiceAWSSecurityHub,
  inspector: ArchitectureServiceAmazonInspector,
  macie: ArchitectureServiceAmazonMacie,
  detective: ArchitectureServiceAmazonDetective,
  config: ArchitectureServiceAWSConfig,
  cloudtrail: ArchitectureServiceAWSCloudTrail,
  'vpc-flow-logs': ResourceAmazonVPCFlowLogs,
  'systems-manager': ArchitectureServiceAWSSystemsManager,
  eventbridge: ArchitectureServiceAmazonEventBridge,
  sns: ArchitectureServiceAmazonSimpleNotificationService,
  sqs: ArchitectureServiceAmazonSimpleQueueService,
  codeguru: ArchitectureServiceAmazonCodeGuru,
  'devops-guru': ArchitectureServiceAmazonDevOpsGuru,
  artifact: ArchitectureServiceAWSArtifact,
  'iam-role': ResourceAWSIdentityAccessManagementRole,
};

export interface KindIconProps {
  kind: KindId;
  /** Width and height in CSS pixels. */
  size?: number;
  className?: string;
}

/** The kind's icon, decorative (the kind's name is always shown or announced next to it). */
export function KindIcon({ kind, size = 48, className }: KindIconProps) {
  // A kind from a newer file than this app knows renders nothing rather than throwing.
  const Icon = KIND_ICONS[kind] as KindIconComponent | undefined;
  if (!Icon) return null;
  return <Icon size={size} className={className} aria-hidden="true" focusable="false" />;
}
