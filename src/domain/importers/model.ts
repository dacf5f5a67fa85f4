/**
 * The infrastructure model: what a CloudFormation template or a Terraform
 * configuration says about the network and the security services, in one neutral
 * shape. Each source has a reader that turns its resources into this model
 * (cloudformation/, terraform/); one builder turns the model into a diagram document
 * and an import report (build/). The decisions about how the template's world fits the
 * diagram's (a group in several subnets, a NACL shared by subnets, where a database of
 * several subnets goes) are therefore made once, whatever the source.
 *
 * A reader resolves every value it can. A value it cannot know (a parameter or
 * variable without a default, a condition that depends on one, an attribute only
 * known after deployment) is left out of the model, so the builder uses the kind's
 * default, and is listed in `unknowns`. References to other resources are their
 * source ids (`SourceId`); a reference the reader cannot follow is left out and
 * reported the same way.
 */
import type { Localized } from '../document/types';
import type { AccessLevel, RoleTrust } from './iamRoles';

/** Where the model came from. */
export type SourceFormat = 'cloudformation' | 'terraform-hcl' | 'terraform-json';

/**
 * The id of a resource in its source: a CloudFormation logical id (`WebServer`) or a
 * Terraform resource address (`aws_instance.web`, `module.net.aws_subnet.a[0]`). It
 * becomes the node id, so a finding in a CI log points at the template.
 */
export type SourceId = string;

/** Where in the source file something is (1-based), when the reader knows it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** What every resource of the model carries. */
export interface ResourceBase {
  id: SourceId;
  /** The source's type name: `AWS::EC2::Subnet`, `aws_subnet`. */
  sourceType: string;
  /** The `Name` tag, when it has one (the node's label; else the id). */
  name?: string;
  at?: SourcePosition;
}

export type IpProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

/**
 * One allow rule of a security group. `peer` is a CIDR (`0.0.0.0/0`, `::/0`, `10.0.0.0/16`)
 * or the source id of another security group; a prefix list or anything else the
 * reader cannot turn into one of those is reported unknown and the rule left out.
 * `ports` is kinds.md's text: `"443"`, `"1024-65535"` or `"all"`.
 */
export interface SecurityGroupRule {
  protocol: IpProtocol;
  ports: string;
  peer: string;
  /** True when `peer` names a security group rather than a CIDR. */
  peerIsGroup: boolean;
  description?: string;
}

/** One row of a network ACL (kinds.md "Rule sets"), with the direction it applies to. */
export interface NaclEntry {
  rule: number;
  egress: boolean;
  protocol: IpProtocol;
  ports: string;
  cidr: string;
  action: 'allow' | 'deny';
}

/** A route of a route table; only the parts that decide whether a subnet is public. */
export interface Route {
  destination: string;
  /** The source id of an internet gateway, NAT gateway, firewall endpoint, ... when it is one of the model's resources. */
  target?: SourceId;
}

/**
 * Which resource a web ACL, Shield protection or logging configuration is about: one
 * of the model's resources, or only an ARN (a web ACL created elsewhere: it still
 * protects, as a `waf` node labelled from the ARN).
 */
export type ResourceRef = { ref: SourceId } | { arn: string };

export type InfraResource = ResourceBase &
  (
    | { concept: 'vpc'; cidr?: string }
    | {
        concept: 'subnet';
        vpc?: SourceId;
        cidr?: string;
        /** The zone as written (`us-east-1a`) or the letter the reader could derive (`a`). */
        az?: string;
        mapPublicIpOnLaunch?: boolean;
      }
    | { concept: 'internet-gateway'; vpc?: SourceId }
    /** A separate attachment (CloudFormation VPCGatewayAttachment, aws_internet_gateway_attachment). */
    | { concept: 'gateway-attachment'; gateway?: SourceId; vpc?: SourceId }
    | { concept: 'nat-gateway'; subnet?: SourceId; connectivity?: 'public' | 'private' }
    | { concept: 'route-table'; vpc?: SourceId; routes: Route[]; subnets: SourceId[] }
    /** A separate route (AWS::EC2::Route, aws_route). */
    | { concept: 'route'; routeTable?: SourceId; route: Route }
    | { concept: 'route-table-association'; routeTable?: SourceId; subnet?: SourceId }
    | {
        concept: 'security-group';
        vpc?: SourceId;
        /** Inline rules. */
        inbound: SecurityGroupRule[];
        /** Inline egress rules; undefined means AWS's default (all traffic to 0.0.0.0/0). */
        outbound?: SecurityGroupRule[];
        isDefault?: boolean;
      }
    /** A separate rule (SecurityGroupIngress/Egress, aws_security_group_rule, aws_vpc_security_group_*_rule). */
    | {
        concept: 'security-group-rule';
        group?: SourceId;
        direction: 'inbound' | 'outbound';
        rule?: SecurityGroupRule;
      }
    | { concept: 'network-acl'; vpc?: SourceId; entries: NaclEntry[]; subnets: SourceId[] }
    | { concept: 'network-acl-entry'; acl?: SourceId; entry?: NaclEntry }
    | { concept: 'network-acl-association'; acl?: SourceId; subnet?: SourceId }
    | {
        concept: 'instance';
        subnet?: SourceId;
        groups: SourceId[];
        /** AssociatePublicIpAddress / associate_public_ip_address; undefined: the subnet decides. */
        publicIp?: boolean;
      }
    /** An Elastic IP given to an instance (AWS::EC2::EIP / EIPAssociation, aws_eip / aws_eip_association). */
    | { concept: 'elastic-ip'; instance?: SourceId }
    | {
        concept: 'load-balancer';
        type: 'application' | 'network' | 'gateway';
        scheme?: 'internet-facing' | 'internal';
        subnets: SourceId[];
        groups: SourceId[];
      }
    | {
        concept: 'listener';
        loadBalancer?: SourceId;
        port?: number;
        protocol?: string;
        targetGroups: SourceId[];
      }
    | {
        concept: 'target-group';
        port?: number;
        protocol?: string;
        targetType?: 'instance' | 'ip' | 'lambda' | 'alb';
        targets: SourceId[];
      }
    | { concept: 'target-attachment'; targetGroup?: SourceId; target?: SourceId }
    | {
        concept: 'distribution';
        origins: {
          id: string;
          /** The resource the origin's domain name points at (a bucket, a load balancer, an API). */
          target?: SourceId;
          /** The origin's domain when it is not one of the model's resources. */
          domain?: string;
          /** An origin access control (or legacy origin access identity) is set. */
          accessControl: boolean;
          /** Protocol CloudFront uses towards a custom origin. */
          protocol?: 'http-only' | 'https-only' | 'match-viewer';
        }[];
        webAcl?: ResourceRef;
      }
    | {
        concept: 'web-acl';
        scope?: 'cloudfront' | 'regional';
        rateBasedRule?: boolean;
        managedRules?: boolean;
      }
    | { concept: 'web-acl-association'; webAcl?: ResourceRef; resource?: SourceId }
    | { concept: 'web-acl-logging'; webAcl?: ResourceRef }
    | { concept: 'shield-protection'; resource?: SourceId; autoL7Mitigation?: boolean }
    | {
        concept: 'guardduty';
        role?: 'standalone' | 'administrator' | 'member';
        /** kinds.md feature names that are on; undefined: the reader could not tell (all). */
        features?: string[];
      }
    | { concept: 'security-hub'; standards?: string[] }
    /** AWS::SecurityHub::Standard, aws_securityhub_standards_subscription: `standard` is `fsbp` or `cis`. */
    | { concept: 'security-hub-standard'; standard?: 'fsbp' | 'cis' }
    | {
        concept: 'inspector';
        ec2?: boolean;
        ecr?: boolean;
        lambdaStandard?: boolean;
        lambdaCode?: boolean;
      }
    | { concept: 'macie' }
    | { concept: 'detective' }
    | { concept: 'config' }
    | { concept: 'cloudtrail'; multiRegion?: boolean; bucket?: SourceId }
    /** `resource` is the VPC or subnet it records. */
    | { concept: 'flow-log'; resource?: SourceId }
    | {
        concept: 'bucket';
        /** Undefined: no configuration in the source (new buckets block public access by default). */
        blockPublicAccess?: boolean;
      }
    /** A separate public access block (aws_s3_bucket_public_access_block). */
    | { concept: 'bucket-public-access-block'; bucket?: SourceId; blockPublicAccess?: boolean }
    | {
        concept: 'database';
        subnetGroup?: SourceId;
        groups: SourceId[];
        publiclyAccessible?: boolean;
      }
    | { concept: 'db-subnet-group'; subnets: SourceId[] }
    | { concept: 'function'; subnets: SourceId[]; groups: SourceId[] }
    | { concept: 'api'; apiType: 'rest' | 'http' | 'websocket' }
    | { concept: 'network-firewall'; vpc?: SourceId; subnets: SourceId[]; hasRules?: boolean }
    | { concept: 'network-firewall-logging'; firewall?: SourceId }
    | { concept: 'firewall-manager-policy'; protects: ResourceRef[] }
    | {
        concept: 'event-rule';
        /** Services whose events the rule's pattern matches, e.g. `guardduty`, `securityhub`. */
        sources: string[];
        targets: SourceId[];
      }
    | { concept: 'event-target'; rule?: SourceId; target?: SourceId }
    | { concept: 'topic' }
    /**
     * An IAM role. `roleName` is its RoleName / name (the label, before the Name tag);
     * `accessLevel` comes from the AWS managed policies attached, the trust from the trust policy.
     */
    | ({
        concept: 'iam-role';
        roleName?: string;
        accessLevel?: AccessLevel;
      } & Partial<RoleTrust>)
    /**
     * A resource that only configures others (an origin access control, a bucket or
     * topic policy, an IP set, a firewall policy): drawn as part of the resources in
     * `of`, listed as such in the report.
     */
    | { concept: 'supporting'; of: SourceId[] }
    /** A resource type the playground does not draw; counted by type in the report. */
    | { concept: 'not-drawn'; reason?: Localized }
  );

export type Concept = InfraResource['concept'];

/** A value the reader could not know; the prop it feeds keeps its default. */
export interface UnknownValue {
  /** The resource it belongs to, or undefined for the template as a whole. */
  resource?: SourceId;
  /** Where it is: `Properties.CidrBlock`, `cidr_block`, `Parameters.VpcCidr`. */
  property: string;
  /** Why it is unknown, e.g. "parameter VpcCidr has no Default". */
  reason: Localized;
  at?: SourcePosition;
}

/** What a reader produces from a source file. */
export interface InfraModel {
  format: SourceFormat;
  /** The template's Description, when it has one: the diagram's title. */
  title?: string;
  resources: InfraResource[];
  unknowns: UnknownValue[];
}
